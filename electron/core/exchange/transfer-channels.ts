import type { ChannelParsedInput } from '../../../shared/api';
import type {
  ExchangeConflict,
  ExchangeFile,
  ExchangeReport,
  ExchangeSaveResult,
} from '../../../shared/pack-exchange';
import type { CoreContext } from '../context';
import { AppError } from '../errors';

// Entry points of the transfer files (packs, returned scorecards, role bundles); filled in next.
const pending = (): never => {
  throw new AppError('internal', 'Transfer files are being built on this branch.');
};

export async function exportTransfer(
  _ctx: CoreContext,
  _input: ChannelParsedInput<'exchange.export'>,
): Promise<ExchangeFile> {
  return pending();
}

export async function saveTransfer(
  _ctx: CoreContext,
  _input: ChannelParsedInput<'exchange.save'>,
): Promise<ExchangeSaveResult> {
  return pending();
}

export async function importTransfer(
  _ctx: CoreContext,
  _input: ChannelParsedInput<'exchange.applyImport'>,
  /** An apply checks the whole file first, then takes a backup, then writes. */
  _dryRun: boolean,
): Promise<ExchangeReport> {
  return pending();
}

export async function listConflicts(
  _ctx: CoreContext,
  _input: ChannelParsedInput<'exchange.conflicts'>,
): Promise<ExchangeConflict[]> {
  return pending();
}

export async function resolveConflict(
  _ctx: CoreContext,
  _input: ChannelParsedInput<'exchange.resolveConflict'>,
): Promise<ExchangeConflict[]> {
  return pending();
}
