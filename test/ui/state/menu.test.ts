import { expect, test } from "vitest";
import { menuReducer } from "../../../src/ui/state/menu.ts";

test("up and down move within the list and stop at its ends", () => {
  expect(menuReducer({ selected: 0 }, { type: "down" }, 3)).toEqual({ selected: 1 });
  expect(menuReducer({ selected: 2 }, { type: "down" }, 3)).toEqual({ selected: 2 });
  expect(menuReducer({ selected: 0 }, { type: "up" }, 3)).toEqual({ selected: 0 });
});

test("jump selects an existing entry and ignores one past the end", () => {
  expect(menuReducer({ selected: 0 }, { type: "jump", index: 2 }, 3)).toEqual({ selected: 2 });
  expect(menuReducer({ selected: 1 }, { type: "jump", index: 8 }, 3)).toEqual({ selected: 1 });
});
