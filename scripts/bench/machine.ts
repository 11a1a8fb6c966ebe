import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine a result came from, for the README and results.json. */
export interface MachineInfo {
  cpus: number;
  cpu_model: string;
  memory_gb: number;
  os: string;
  node: string;
}

/** Describes this machine: processors, memory, system and Node version. */
export function machineInfo(): MachineInfo {
  const debian = existsSync('/etc/debian_version')
    ? `Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}, `
    : '';
  return {
    cpus: os.availableParallelism(),
    cpu_model: os.cpus()[0]?.model.trim() ?? 'unknown',
    memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${debian}${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}
