import type { Command } from 'commander';

export function registerIngest(program: Command): void {
  void program;
}
