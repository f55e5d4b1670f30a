/**
 * Connects the operation table to Electron's real `ipcMain` (the logic, the sender check and the
 * envelope validation live in ipc-routing.ts, which tests drive with a fake ipcMain).
 */
import { ipcMain } from 'electron';
import type { Services } from '../engine/contract/context.ts';
import { registerOperations, type OperationRegistration } from './ipc-routing.ts';

export function registerIpc(services: Services): OperationRegistration {
  return registerOperations(ipcMain, services);
}
