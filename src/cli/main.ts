// Placeholder entry until the CLI lands.
console.log("convlab: the lab is being built. Try again soon.");
