// A render error shows one line and waits for q / Ctrl+C instead of a stack trace.
import { Text, useApp, useInput } from "ink";
import { Component, type ReactNode } from "react";
import type { Lang } from "../../i18n.ts";
import { matches } from "../keys.ts";
import { uiStrings } from "../strings.ts";

export class LabErrorBoundary extends Component<{ lang: Lang; children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render(): ReactNode {
    return this.state.error ? <Crashed message={this.state.error.message} lang={this.props.lang} /> : this.props.children;
  }
}

function Crashed({ message, lang }: { message: string; lang: Lang }) {
  const { exit } = useApp();
  useInput((input, key) => {
    if (input === "q" || key.escape || matches("quit", input, key)) exit();
  });
  return <Text>{uiStrings(lang).crashed(message)}</Text>;
}
