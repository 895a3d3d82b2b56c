// Small pieces of frames (lessons/kit/frame-parts.ts).
import { describe, expect, it } from "vitest";
import { sig } from "../../../lessons/kit/frame-parts.ts";

describe("sig", () => {
  it("sig: 4 significant digits, exponent form only far from 1", () => {
    expect([0.015151515, 0.016, 132, 6.8212e-13, 3.37912e18, 1e7, -2.5e-5, 0].map((v) => sig(v))).toEqual([
      "0.01515", "0.016", "132", "6.821e-13", "3.379e+18", "1e+7", "-2.5e-5", "0",
    ]);
    expect(sig(Infinity)).toBe("∞");
  });
});
