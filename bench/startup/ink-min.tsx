// The yardstick for convlab's first frame: about the smallest useful Ink 6.8 app (one box of
// text, a key handler that quits), bundled by the bench exactly as convlab's CLI is bundled.
import { Box, Text, render, useApp, useInput } from "ink";

function App() {
  const { exit } = useApp();
  useInput((input, key) => {
    if (input === "q" || key.escape) exit();
  });
  return (
    <Box borderStyle="round" paddingX={1}>
      <Text>minimal ink app — press q to quit</Text>
    </Box>
  );
}

render(<App />);
