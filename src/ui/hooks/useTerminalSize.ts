// The terminal's size, live: Ink re-lays out on resize but does not re-run components, so
// we subscribe to stdout's 'resize' ourselves. A fixed size (tests) wins.
import { useStdout } from "ink";
import { useEffect, useState } from "react";
import { terminalSize, type Size } from "../layout.ts";

export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState<Size>(() => fixed ?? terminalSize(stdout));
  useEffect(() => {
    if (fixed) return;
    const onResize = (): void => setSize(terminalSize(stdout));
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
