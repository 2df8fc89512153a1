// Logistic regression: the small, explainable model behind re-ranking and the decision to answer.

/** A fitted model: standardised features, one weight each. logit = bias + Σ weight × (x − mean) / scale. */
export interface LogisticModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

export function logit(model: LogisticModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i]! * (x[i]! - model.mean[i]!)) / model.scale[i]!;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export interface Example {
  x: readonly number[];
  y: 0 | 1;
  /** How much the example counts (default 1): classes are balanced by weight, not by dropping examples. */
  weight?: number;
}

/**
 * Fits by Newton's method (iteratively reweighted least squares) with an L2 penalty on the standardised weights,
 * which keeps the fit unique and deterministic even when a feature separates the examples. Plain arrays: the models
 * have a dozen features and a few thousand examples.
 */
export function fitLogistic(features: readonly string[], examples: readonly Example[], l2 = 1, signs?: readonly (1 | -1 | 0)[]): LogisticModel {
  // Features whose direction is known by construction (more of the question covered never makes a fact less
  // likely) keep it: a feature whose fitted weight has the wrong sign is dropped and the rest refitted.
  const fixed = new Set<number>();
  for (;;) {
    const model = fitFree(features, examples, l2, fixed);
    let worst = -1;
    model.weights.forEach((w, i) => {
      const sign = signs?.[i] ?? 0;
      if (!fixed.has(i) && sign && w * sign < 0 && (worst < 0 || Math.abs(w) > Math.abs(model.weights[worst]!))) worst = i;
    });
    if (worst < 0) return model;
    fixed.add(worst);
  }
}

function fitFree(features: readonly string[], examples: readonly Example[], l2: number, zero: ReadonlySet<number>, iterations = 50): LogisticModel {
  const d = features.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  let total = 0;
  for (const e of examples) {
    const w = e.weight ?? 1;
    total += w;
    for (let i = 0; i < d; i++) mean[i]! += w * e.x[i]!;
  }
  for (let i = 0; i < d; i++) mean[i]! /= total;
  for (const e of examples) for (let i = 0; i < d; i++) scale[i]! += (e.weight ?? 1) * (e.x[i]! - mean[i]!) ** 2;
  for (let i = 0; i < d; i++) scale[i] = Math.sqrt(scale[i]! / total) || 1;
  const rows = examples.map((e) => [1, ...e.x.map((v, i) => (v - mean[i]!) / scale[i]!)]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    rows.forEach((r, k) => {
      const w = examples[k]!.weight ?? 1;
      let z = 0;
      for (let i = 0; i <= d; i++) z += beta[i]! * r[i]!;
      const p = sigmoid(z);
      const g = w * (examples[k]!.y - p);
      const h = w * p * (1 - p);
      for (let i = 0; i <= d; i++) {
        grad[i]! += g * r[i]!;
        for (let j = 0; j <= i; j++) hess[i]![j]! += h * r[i]! * r[j]!;
      }
    });
    for (let i = 1; i <= d; i++) {
      grad[i]! -= l2 * beta[i]!;
      hess[i]![i]! += l2;
    }
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) hess[j]![i] = hess[i]![j]!;
    // A dropped feature keeps weight 0: its row of the system says so.
    for (const z of zero) {
      for (let j = 0; j <= d; j++) hess[z + 1]![j] = hess[j]![z + 1] = 0;
      hess[z + 1]![z + 1] = 1;
      grad[z + 1] = -beta[z + 1]!;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i <= d; i++) {
      beta[i]! += step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-9) break;
  }
  const round = (v: number) => Number(v.toPrecision(6));
  return {
    features: [...features],
    mean: mean.map(round),
    scale: scale.map(round),
    weights: beta.slice(1).map(round),
    bias: round(beta[0]!),
  };
}

/** Solves A x = b for a symmetric positive definite A (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / pivot;
      if (f) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}
