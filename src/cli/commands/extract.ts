import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  void program;
}
