import { describe, expect, it } from "vitest";
import { formatNumber, jsonLine, shortestFloat32 } from "../../lessons/format.ts";

describe("formatNumber", () => {
  it("prints integers without decimals and others to 3 places", () => {
    expect(formatNumber(19)).toBe("19");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(0.5)).toBe("0.500");
    expect(formatNumber(-0.0001)).toBe("-1.00e-4");
  });
  it("prints magnitudes from 1e6 up in short exponent form, integer-valued or not (lesson 8's diverging loss)", () => {
    expect(formatNumber(8.558642533294742e22)).toBe("8.56e+22");
    expect(formatNumber(-3e38)).toBe("-3.00e+38");
    expect(formatNumber(1e6)).toBe("1.00e+6");
    expect(formatNumber(2500000.5)).toBe("2.50e+6");
    expect(formatNumber(999999)).toBe("999999");
  });
  it("an exact count (format int) stays in full", () => {
    expect(formatNumber(1234567, "int")).toBe("1234567");
  });
  it("spells out NaN and infinities", () => {
    expect([NaN, Infinity, -Infinity].map((v) => formatNumber(v))).toEqual(["NaN", "∞", "-∞"]);
  });
});

describe("shortestFloat32", () => {
  it("prints a float32 with the fewest digits that read back to it", () => {
    expect(shortestFloat32(Math.fround(0.1))).toBe(0.1);
    expect(shortestFloat32(Math.fround(-11.108763694763184))).toBe(-11.108764);
  });
  it("leaves doubles that are not float32 alone", () => {
    expect(shortestFloat32(2 / 132)).toBe(2 / 132);
    expect(shortestFloat32(0.016)).toBe(0.016);
  });
  it("round-trips every float32 it shortens", () => {
    for (const v of [Math.fround(Math.PI), Math.fround(1e-7), Math.fround(123456.789), Math.fround(-3.4e38)]) {
      expect(Math.fround(shortestFloat32(v))).toBe(v);
    }
  });
  it("jsonLine writes non-finite numbers as null and ends with a newline", () => {
    expect(jsonLine({ a: Math.fround(0.1), b: NaN })).toBe('{"a":0.1,"b":null}\n');
  });
});
