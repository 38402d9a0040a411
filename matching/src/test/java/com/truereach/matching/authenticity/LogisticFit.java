package com.truereach.matching.authenticity;

/**
 * Weighted, L2-regularised logistic regression by Newton's method (IRLS). Used for the count-only
 * baseline, the linear comparison model and Platt scaling; deterministic, no randomness at all.
 */
final class LogisticFit {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private LogisticFit() {
    }

    /**
     * @param x       rows of inputs, no intercept column (one is added and not penalised)
     * @param l2      penalty on the coefficients, in units of total weight
     * @return intercept followed by one coefficient per column
     */
    static double[] fit(double[][] x, boolean[] y, double[] weights, double l2) {
        int n = x.length;
        int d = x[0].length + 1;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < n; i++) {
                double[] row = withIntercept(x[i]);
                double p = 1.0 / (1.0 + Math.exp(-dot(beta, row)));
                double residual = weights[i] * (p - (y[i] ? 1 : 0));
                double curvature = weights[i] * p * (1 - p);
                for (int a = 0; a < d; a++) {
                    gradient[a] += residual * row[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += curvature * row[a] * row[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                gradient[a] += l2 * beta[a];
                hessian[a][a] += l2;
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                beta[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return beta;
    }

    static double linear(double[] beta, double[] row) {
        return dot(beta, withIntercept(row));
    }

    private static double[] withIntercept(double[] row) {
        double[] extended = new double[row.length + 1];
        extended[0] = 1;
        System.arraycopy(row, 0, extended, 1, row.length);
        return extended;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    // Gaussian elimination with partial pivoting: the systems here are at most a few dozen wide.
    private static double[] solve(double[][] matrix, double[] vector) {
        int d = vector.length;
        double[][] a = new double[d][];
        for (int i = 0; i < d; i++) {
            a[i] = new double[d + 1];
            System.arraycopy(matrix[i], 0, a[i], 0, d);
            a[i][d] = vector[i];
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int row = col + 1; row < d; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < d; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k <= d; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] solution = new double[d];
        for (int row = d - 1; row >= 0; row--) {
            double sum = a[row][d];
            for (int k = row + 1; k < d; k++) {
                sum -= a[row][k] * solution[k];
            }
            solution[row] = sum / a[row][row];
        }
        return solution;
    }
}
