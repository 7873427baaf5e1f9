import { compareAllocations } from '../../../services/allocation/compare-allocations';
import { createFormulaAllocation } from '../../../services/allocation/create-formula-allocation';
import { getAllocation, getAllocationVersion } from '../../../services/allocation/get-allocation';
import { getAllocationSourceFile } from '../../../services/allocation/get-allocation-source-file';
import { listGrantAllocations } from '../../../services/allocation/list-grant-allocations';
import { importKeyAllocation } from '../../../services/allocation/import-key-allocation';
import { exportAllocation } from '../../../services/allocation/export-allocation';
import { exportComparison } from '../../../services/allocation/export-comparison';
import { publishAllocation } from '../../../services/allocation/publish-allocation';
import { createHash } from 'node:crypto';
import { exportLanguage } from '../../problem';
import type { z } from 'zod';
import {
  presentAllocation,
  presentAllocationSummary,
  presentComparison,
} from '../../../services/allocation/present';
import { ResponseCache } from '../../response-cache';
import { readUpload } from '../../upload';
import { sendFile } from '../../send-file';
import type { ZodApp } from '../../validation';
import { allocationRoutes, type AllocationSchema } from '../../../contracts/allocation';
import { registerRoute } from '../register';

const tags = ['allocations'];

/**
 * Published allocations as serialized JSON. 290 rows with explanations take ~15 ms to read and far
 * more to validate and serialize (docs/benchmarks.md); frozen, they need it once per version.
 * At most 32 answers or 64 M characters, per server.
 */
const PUBLISHED_CACHE_ENTRIES = 32;
const PUBLISHED_CACHE_CHARS = 64 * 1024 * 1024;

export function registerAllocationRoutes(app: ZodApp): void {
  const publishedAllocations = new ResponseCache(PUBLISHED_CACHE_ENTRIES, PUBLISHED_CACHE_CHARS);
  registerRoute(app, allocationRoutes.list, { access: 'agency.read', tags }, async (request) => ({
    items: (await listGrantAllocations(request.ctx, request.params.id)).map((a) =>
      presentAllocationSummary(a, a.recipientCount),
    ),
  }));

  registerRoute(
    app,
    allocationRoutes.importKey,
    {
      access: 'grant.edit',
      tags,
      description:
        'The government key as CSV or XLSX: a recipient column (kommunkod/recipient_code, or the name) and an amount column. ' +
        'Every bad row is reported with its line and column (422) and nothing is stored.',
    },
    async (request, reply) => {
      const { files } = await readUpload(request, { files: ['file'] });
      const file = files.get('file')!;
      const created = await importKeyAllocation(request.ctx, {
        grantId: request.params.id,
        filename: file.filename,
        bytes: file.bytes,
      });
      return reply.code(201).send(presentAllocation(await getAllocation(request.ctx, created.id)));
    },
  );

  registerRoute(
    app,
    allocationRoutes.computeFormula,
    {
      access: 'grant.edit',
      tags,
      description:
        "A model (the CLI's model.json, as a file or a text field) and its indicator data (CSV or XLSX with recipient_code). " +
        "The model's budget_kr must be the grant's amount.",
    },
    async (request, reply) => {
      const upload = await readUpload(request, { files: ['file'], textOrFile: ['model'] });
      const file = upload.files.get('file')!;
      const created = await createFormulaAllocation(request.ctx, {
        grantId: request.params.id,
        modelText: upload.fields.get('model')!,
        filename: file.filename,
        bytes: file.bytes,
      });
      return reply.code(201).send(presentAllocation(await getAllocation(request.ctx, created.id)));
    },
  );

  registerRoute(
    app,
    allocationRoutes.compare,
    {
      access: 'agency.read',
      tags,
      description:
        'Per recipient both amounts, the difference in kronor and per cent, the largest change first.',
    },
    async (request) => presentComparison(await compareAllocations(request.ctx, request.query)),
  );

  registerRoute(
    app,
    allocationRoutes.get,
    {
      access: 'published.read',
      tags,
      description:
        'The allocation with every row and its explanation. A published allocation is frozen: its answer is served from memory after the first request (until it is superseded or a recipient is renamed); a draft is read afresh every time.',
    },
    async (request, reply) => {
      const { version, load } = await getAllocationVersion(request.ctx, request.params.id);
      // A draft is presented (and validated) afresh on every request: it is never cached.
      if (version === null) return presentAllocation(await load());
      // The browser may keep it too, asking each time (visibility depends on the session).
      const etag = `"${createHash('sha256').update(version).digest('base64url')}"`;
      void reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      let body = publishedAllocations.get(version);
      if (body === undefined) {
        // The route's own serializer: validated against AllocationSchema once per version.
        body = reply.serialize(presentAllocation(await load())) as string;
        publishedAllocations.set(version, body);
      }
      // A string with a JSON content type goes out as it is (fastify does not serialize it again).
      return reply
        .type('application/json; charset=utf-8')
        .send(body as unknown as z.output<typeof AllocationSchema>);
    },
  );

  registerRoute(
    app,
    allocationRoutes.publish,
    {
      access: 'grant.edit',
      tags,
      description:
        "Freezes the allocation and makes it the grant's (only while the grant is a draft); a previously published one is superseded.",
    },
    async (request) => {
      await publishAllocation(request.ctx, request.params.id);
      return presentAllocation(await getAllocation(request.ctx, request.params.id));
    },
  );

  registerRoute(
    app,
    allocationRoutes.export.csv,
    { access: 'published.read', tags, description: EXPORT_DESCRIPTIONS.csv },
    async (request, reply) =>
      sendFile(
        reply,
        await exportAllocation(request.ctx, request.params.id, 'csv', {
          dialect: request.query.dialect,
          language: exportLanguage(request, request.query.lang),
        }),
      ),
  );
  registerRoute(
    app,
    allocationRoutes.export.xlsx,
    { access: 'published.read', tags, description: EXPORT_DESCRIPTIONS.xlsx },
    async (request, reply) =>
      sendFile(
        reply,
        await exportAllocation(request.ctx, request.params.id, 'xlsx', {
          language: exportLanguage(request, request.query.lang),
        }),
      ),
  );
  registerRoute(
    app,
    allocationRoutes.export.pdf,
    { access: 'published.read', tags, description: EXPORT_DESCRIPTIONS.pdf },
    async (request, reply) =>
      sendFile(reply, await exportAllocation(request.ctx, request.params.id, 'pdf')),
  );

  const sourceFiles = [
    ['model.json', allocationRoutes.model],
    ['inputs.csv', allocationRoutes.inputs],
  ] as const;
  for (const [file, entry] of sourceFiles) {
    registerRoute(
      app,
      entry,
      {
        access: 'published.read',
        tags,
        description: `The ${file} that \`statsbidrag allocate --model model.json --data inputs.csv\` recomputes the allocation (and its checksum) from.`,
      },
      async (request, reply) =>
        sendFile(reply, await getAllocationSourceFile(request.ctx, request.params.id, file)),
    );
  }

  for (const format of ['csv', 'xlsx'] as const) {
    registerRoute(
      app,
      allocationRoutes.compareExport[format],
      {
        access: 'agency.read',
        tags,
        description: `The comparison as ${format.toUpperCase()}, largest change first, with a totals row.`,
      },
      async (request, reply) =>
        sendFile(reply, await exportComparison(request.ctx, request.query, format)),
    );
  }
}

const EXPORT_DESCRIPTIONS = {
  csv: 'The result CSV (UTF-8 with BOM, CRLF, canonical snake_case headers): every row with its explanation columns. With dialect=excel-sv the same table for Swedish Excel: ";" between cells, decimal comma, headers in lang, Ja/Nej.',
  xlsx: 'A workbook for people: headers in lang, amounts and exact values as numbers with formats, Ja/Nej, a totals row.',
  pdf: 'A printable summary (A4 landscape, Swedish), with the checksum once published.',
} as const;
