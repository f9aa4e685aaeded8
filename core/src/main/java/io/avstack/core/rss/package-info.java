/**
 * Responsibility-Sensitive Safety (Shalev-Shwartz, Shammah, Shashua 2017): the safe longitudinal
 * (same and opposite direction) and lateral distances, their parameters, and the dangerous-situation
 * and proper-response bookkeeping. Pure math shared by planning, safety and the simulator's metrics,
 * which may not import each other.
 */
package io.avstack.core.rss;
