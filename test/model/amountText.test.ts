import { describe, expect, it } from "vitest";
import { amountText } from "../../src/model/amountText.js";

describe("amountText", () => {
  it("prints a money amount with at least the table's two decimals", () => {
    expect(amountText(12)).toBe("12.00");
    expect(amountText(0.01)).toBe("0.01");
    expect(amountText(1.2345)).toBe("1.2345");
  });

  it("does not print the noise a subtraction leaves", () => {
    expect(amountText(563.39 - 563.38)).toBe("0.01");
  });

  it("prints a dash where there is no amount", () => {
    expect(amountText(null)).toBe("—");
    expect(amountText(Number.NaN)).toBe("—");
  });
});
