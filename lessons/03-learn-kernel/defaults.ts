// Lesson 3's defaults, apart from index.ts so its exercises can use them without importing the lesson.
export const MAX_EPOCHS = 1000;
export const DEFAULT_EPOCHS = 10;
/** A start whose unstable direction is small: ten steps look convergent, as in the notebook. */
export const DEFAULT_SEED = 2;
/** `more` adds this many iterations. */
export const MORE_EPOCHS = 10;
