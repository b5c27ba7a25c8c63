export * from './display.ts';
export * from './execute.ts';
export * from './kernelspec.ts';
export * from './messages.ts';
export * from './nbformat.ts';
export * from './notebook-html.ts';
