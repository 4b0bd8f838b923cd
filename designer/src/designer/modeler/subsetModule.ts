import { SubsetContextPadProvider } from './SubsetContextPadProvider';
import { SubsetPaletteProvider } from './SubsetPaletteProvider';
import { SubsetReplaceMenuProvider } from './SubsetReplaceMenuProvider';

/** Restricts the palette, context pad and replace menu to the elements the engine executes. */
export const subsetModule = {
  __init__: ['subsetPaletteProvider', 'subsetContextPadProvider', 'subsetReplaceMenuProvider'],
  subsetPaletteProvider: ['type', SubsetPaletteProvider],
  subsetContextPadProvider: ['type', SubsetContextPadProvider],
  subsetReplaceMenuProvider: ['type', SubsetReplaceMenuProvider],
};
