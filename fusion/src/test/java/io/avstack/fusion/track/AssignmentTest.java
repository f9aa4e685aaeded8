package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final double X = Assignment.FORBIDDEN;
    private final Assignment solver = new Assignment();

    @Test
    void findsTheGlobalOptimumNotTheGreedyOne() {
        // greedy would take (0,0)=1 first and then pay 10 + 10; optimum is 2 + 2 + 3
        double[] cost = {
            1, 2, 10,
            2, 10, 10,
            10, 10, 3};
        int[] rc = new int[3];
        int[] cr = new int[3];
        assertThat(solver.solve(cost, 3, 3, rc, cr)).isEqualTo(3);
        assertThat(rc).containsExactly(1, 0, 2);
        assertThat(cr).containsExactly(1, 0, 2);
    }

    @Test
    void forbiddenPairsAreNeverAssigned() {
        double[] cost = {
            X, 5,
            X, X};
        int[] rc = new int[2];
        int[] cr = new int[2];
        assertThat(solver.solve(cost, 2, 2, rc, cr)).isEqualTo(1);
        assertThat(rc).containsExactly(1, -1);
        assertThat(cr).containsExactly(-1, 0);
    }

    @Test
    void impossibleMatchesLeaveEverythingUnassigned() {
        double[] cost = {X, X, X, X, X, X};
        int[] rc = new int[2];
        int[] cr = new int[3];
        assertThat(solver.solve(cost, 2, 3, rc, cr)).isZero();
        assertThat(rc).containsOnly(-1);
        assertThat(cr).containsOnly(-1);
    }

    @Test
    void moreAllowedPairsWinOverACheaperButSmallerAssignment() {
        // row 0 alone could take column 0 for 1, but then row 1 (only column 0 allowed) is left out
        double[] cost = {
            1, 50,
            2, X};
        int[] rc = new int[2];
        int[] cr = new int[2];
        assertThat(solver.solve(cost, 2, 2, rc, cr)).isEqualTo(2);
        assertThat(rc).containsExactly(1, 0);
    }

    @Test
    void rectangularProblemsOfEitherShape() {
        double[] tall = {
            5, X,
            1, 7,
            X, 2};
        int[] rc = new int[3];
        int[] cr = new int[2];
        assertThat(solver.solve(tall, 3, 2, rc, cr)).isEqualTo(2);
        assertThat(rc).containsExactly(-1, 0, 1);
        double[] wide = {3, 1, 2, X};
        int[] rc2 = new int[1];
        int[] cr2 = new int[4];
        assertThat(solver.solve(wide, 1, 4, rc2, cr2)).isEqualTo(1);
        assertThat(rc2).containsExactly(1);
    }

    @Test
    void negativeCostsAreFine() {
        double[] cost = {-3, -1, -2, -5};
        int[] rc = new int[2];
        int[] cr = new int[2];
        solver.solve(cost, 2, 2, rc, cr);
        assertThat(rc).containsExactly(0, 1);
    }

    @Test
    void emptyProblems() {
        assertThat(solver.solve(new double[0], 0, 3, new int[0], new int[3])).isZero();
        assertThat(solver.solve(new double[0], 2, 0, new int[2], new int[0])).isZero();
    }
}
