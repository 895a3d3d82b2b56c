// The menu's cursor: a pure reducer, clamped to the list.
export interface MenuState {
  selected: number;
}

export type MenuAction = { type: "up" } | { type: "down" } | { type: "jump"; index: number };

export function menuReducer(state: MenuState, action: MenuAction, count: number): MenuState {
  const clamp = (i: number): number => Math.max(0, Math.min(count - 1, i));
  switch (action.type) {
    case "up":
      return { selected: clamp(state.selected - 1) };
    case "down":
      return { selected: clamp(state.selected + 1) };
    case "jump":
      return action.index >= 0 && action.index < count ? { selected: action.index } : state;
  }
}
