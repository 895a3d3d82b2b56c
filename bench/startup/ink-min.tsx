// The yardstick for convlab's start-up and key-to-frame: about the smallest useful Ink 6.8 app
// that answers keys (a three-item list that ↓ moves through, a step counter that → advances),
// bundled by the bench exactly as convlab is bundled.
import { Box, Text, render, useApp, useInput } from "ink";
import { useState } from "react";

function App() {
  const { exit } = useApp();
  const [selected, setSelected] = useState(1);
  const [step, setStep] = useState(1);
  useInput((input, key) => {
    if (input === "q" || key.escape) exit();
    if (key.downArrow) setSelected((s) => (s % 3) + 1);
    if (key.rightArrow) setStep((s) => s + 1);
  });
  return (
    <Box borderStyle="round" paddingX={1} flexDirection="column">
      <Text>minimal ink app · step {step}</Text>
      {[1, 2, 3].map((n) => (
        <Text key={n}>{n === selected ? `› ${n}.` : `  ${n}.`} item</Text>
      ))}
    </Box>
  );
}

render(<App />, { exitOnCtrlC: false });
