import type { TRPCRouterRecord } from '@trpc/server';
import { openFile } from '@ancrage/files';
import { enqueueJob } from '@ancrage/jobs';
import { moduleJobQueue } from '@ancrage/module-sdk';
import { appError } from '@ancrage/trpc';
import { demographyModule, readRppsHeader, snapshotIdInput, startImportInput } from '@ancrage/demography-domain';
import { demographyDb, procedures } from '../context';
import { deleteSituations, findSnapshot, insertSnapshot, listSnapshots, readySnapshotWith } from '../snapshots/snapshots.repository';
import { IMPORT_JOB } from './import-job';
import { readLines } from './rpps-lines';

const LISTED_IN_STATUS = 200;

export const importProcedures = {
  snapshots: procedures.withPermission('demography.read').query(({ ctx }) => listSnapshots(demographyDb(ctx))),

  /** Checks the stored file's header, then queues its import; refused files write nothing. */
  startImport: procedures
    .withPermission('demography.import')
    .input(startImportInput)
    .mutation(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const found = await openFile(ctx.db, ctx.services.files, input.fileId);
      if (!found) throw appError('NOT_FOUND', 'demography:import.fileNotFound');
      let header = '';
      for await (const line of readLines(found.stream)) {
        header = line;
        break;
      }
      const read = readRppsHeader(header);
      if (!read.ok) throw appError('BAD_REQUEST', 'demography:import.missingColumns', { columns: read.missing.join(', ') });
      const same = await readySnapshotWith(db, { sha256: found.file.sha256 });
      if (same) throw appError('CONFLICT', 'demography:import.alreadyImported', { date: same.extractedOn });
      if (await readySnapshotWith(db, { extractedOn: input.extractedOn })) throw appError('CONFLICT', 'demography:import.dateTaken');
      const snapshotId = await insertSnapshot(db, {
        tenantId: ctx.tenant.id,
        extractedOn: input.extractedOn,
        fileId: found.file.id,
        fileName: found.file.name,
        fileSha256: found.file.sha256,
        bytesTotal: found.file.sizeBytes,
        createdBy: ctx.session?.userId ?? null,
      });
      await enqueueJob(ctx.db, { queue: moduleJobQueue(demographyModule.id, IMPORT_JOB), tenantId: ctx.tenant.id, payload: { snapshotId }, maxAttempts: 3 });
      ctx.audit({ entityType: 'demography.snapshot', entityId: snapshotId, after: { ...input, fileName: found.file.name } });
      return { snapshotId };
    }),

  /** Progress and report of one import (the page polls it). */
  importStatus: procedures
    .withPermission('demography.read')
    .input(snapshotIdInput)
    .query(async ({ ctx, input }) => {
      const snapshot = await findSnapshot(demographyDb(ctx), input.snapshotId);
      if (!snapshot) throw appError('NOT_FOUND', 'demography:import.snapshotNotFound');
      const { report } = snapshot;
      return {
        id: snapshot.id,
        extractedOn: snapshot.extractedOn,
        fileName: snapshot.fileName,
        status: snapshot.status,
        bytesTotal: snapshot.bytesTotal,
        bytesRead: snapshot.bytesRead,
        counts: snapshot.counts,
        errorKey: snapshot.errorKey,
        fictitious: snapshot.fictitious,
        malformed: (report.malformed ?? []).slice(0, LISTED_IN_STATUS),
        unresolved: (report.unresolved ?? []).slice(0, LISTED_IN_STATUS),
      };
    }),

  deleteSnapshot: procedures
    .withPermission('demography.import')
    .input(snapshotIdInput)
    .mutation(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await findSnapshot(db, input.snapshotId);
      if (!snapshot) throw appError('NOT_FOUND', 'demography:import.snapshotNotFound');
      if (snapshot.status === 'importing' || snapshot.status === 'queued') throw appError('CONFLICT', 'demography:import.stillRunning');
      await deleteSituations(db, snapshot.id);
      await db.deleteFrom('demographySnapshot').where('id', '=', snapshot.id).execute();
      ctx.audit({ entityType: 'demography.snapshot', entityId: snapshot.id, before: { extractedOn: snapshot.extractedOn, fileName: snapshot.fileName } });
      return { deleted: true };
    }),
} satisfies TRPCRouterRecord;
