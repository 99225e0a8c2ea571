import type { Command } from 'commander';

export function registerExport(program: Command): void {
  void program;
}
