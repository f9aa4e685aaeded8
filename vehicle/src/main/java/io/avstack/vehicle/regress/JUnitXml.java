package io.avstack.vehicle.regress;

import java.util.List;
import java.util.Locale;

/**
 * JUnit XML ({@code junit.xml}) so CI systems show each regression run as a test case: one suite,
 * one case per run (class = scenario file, name = run id), a {@code <failure>} with the verdict's
 * reasons, an {@code <error>} for runs that could not be set up.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static String of(List<CaseResult> results, double wallTimeS) {
        int failures = 0;
        int errors = 0;
        for (CaseResult r : results) {
            if (r.error() != null) {
                errors++;
            } else if (!r.passed()) {
                failures++;
            }
        }
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT,
                "<testsuite name=\"avstack-regress\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">%n",
                results.size(), failures, errors, wallTimeS));
        for (CaseResult r : results) {
            RegressionCase c = r.regressionCase();
            double t = r.metrics() == null ? 0 : r.metrics().wallTimeS();
            b.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    escape(c.run().sourceFile().getFileName().toString()), escape(c.id()), t));
            if (r.passed()) {
                b.append("/>\n");
                continue;
            }
            String tag = r.error() != null ? "error" : "failure";
            b.append(">\n    <").append(tag).append(" message=\"").append(escape(r.reason())).append("\"/>\n");
            b.append("  </testcase>\n");
        }
        return b.append("</testsuite>\n").toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (ch < 0x20 && ch != '\n' && ch != '\t') {
                        b.append(' ');
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
