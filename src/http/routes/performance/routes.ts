// Performance-based grants, agency side: writes need the grant's case officer, reads any agency
// role (docs/access.md). The recipient's own interest and figures (under /me) are in own.ts.
import { calculatePerformance } from '../../../services/performance/calculate-performance';
import {
  exportPerformanceResult,
  type PerformanceExportFormat,
} from '../../../services/performance/export-performance-result';
import { exportPerformanceFigures } from '../../../services/performance/export-performance-figures';
import { getPerformanceOverview } from '../../../services/performance/get-performance-overview';
import { getPerformanceResult } from '../../../services/performance/get-performance-result';
import { previewPerformance } from '../../../services/performance/preview-performance';
import { publishPerformanceResult } from '../../../services/performance/publish-performance-result';
import { registerInterest } from '../../../services/performance/register-interest';
import { savePerformanceModel } from '../../../services/performance/save-performance-model';
import { uploadPerformanceFigures } from '../../../services/performance/upload-performance-figures';
import { uploadPerformanceKey } from '../../../services/performance/upload-performance-key';
import { withdrawInterest } from '../../../services/performance/withdraw-interest';
import {
  getRecipientFigures,
  saveRecipientFigures,
} from '../../../services/performance/recipient-figures';
import {
  presentFiguresView,
  presentPerformanceOverview,
  presentPerformanceResult,
} from '../../../services/performance/present';
import { exportLanguage } from '../../problem';
import { readUpload } from '../../upload';
import { sendFile } from '../../send-file';
import type { ZodApp } from '../../validation';
import { performanceRoutes } from '../../../contracts/performance';
import { registerRoute } from '../register';

const tags = ['performance'];

export function registerPerformanceRoutes(app: ZodApp): void {
  const overview = async (ctx: Parameters<typeof getPerformanceOverview>[0], id: string) =>
    presentPerformanceOverview(await getPerformanceOverview(ctx, id));

  registerRoute(
    app,
    performanceRoutes.overview,
    {
      access: 'agency.read',
      tags,
      description:
        'The set-up of a performance-based grant: model, key, expressions of interest, reported figures and calculations.',
    },
    async (request) => overview(request.ctx, request.params.id),
  );

  registerRoute(
    app,
    performanceRoutes.saveModel,
    {
      access: 'grant.edit',
      tags,
      description:
        "Saves the model (docs/performance-model.md) and the interest deadline. Its total_kr must be the grant's amount. 422 lists every issue with its JSON path and an expression's character.",
    },
    async (request) => {
      await savePerformanceModel(request.ctx, { grantId: request.params.id, ...request.body });
      return overview(request.ctx, request.params.id);
    },
  );

  const uploadRoute = (
    entry: typeof performanceRoutes.uploadKey | typeof performanceRoutes.uploadFigures,
    description: string,
    run: (
      ctx: Parameters<typeof uploadPerformanceKey>[0],
      input: { grantId: string; filename: string; bytes: Uint8Array },
    ) => Promise<unknown>,
  ) =>
    registerRoute(app, entry, { access: 'grant.edit', tags, description }, async (request) => {
      const { files } = await readUpload(request, { files: ['file'] });
      const file = files.get('file')!;
      await run(request.ctx, {
        grantId: request.params.id,
        filename: file.filename,
        bytes: file.bytes,
      });
      return overview(request.ctx, request.params.id);
    });

  uploadRoute(
    performanceRoutes.uploadKey,
    'The allocation key, CSV or XLSX with recipient_code,key_kr. Every bad cell is reported with line and column (422) and nothing is stored.',
    uploadPerformanceKey,
  );
  uploadRoute(
    performanceRoutes.uploadFigures,
    'The reported figures for many recipients, CSV or XLSX: recipient_code and one column per figure. Every bad row is reported with line and column (422) and nothing is stored; a good upload replaces all figures.',
    uploadPerformanceFigures,
  );

  registerRoute(
    app,
    performanceRoutes.figuresExport,
    {
      access: 'agency.read',
      tags,
      description:
        'The reported figures as they are now, as a CSV the figures upload reads back (recipient_code, name, one column per figure): the file to start from, since an upload replaces every row, also those entered in a form.',
    },
    async (request, reply) =>
      sendFile(reply, await exportPerformanceFigures(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    performanceRoutes.recipientFigures,
    {
      access: 'agency.read',
      tags,
      description:
        "One registered recipient's figures as the agency's form shows them (422 performance.not_registered for a recipient without an expression of interest).",
    },
    async (request) =>
      presentFiguresView(
        await getRecipientFigures(request.ctx, {
          grantId: request.params.id,
          recipientCode: request.params.code,
        }),
      ),
  );

  registerRoute(
    app,
    performanceRoutes.saveRecipientFigures,
    {
      access: 'grant.edit',
      tags,
      description:
        "Enters or corrects one registered recipient's figures on its behalf (figures phoned in, a correction), also after the recipient's last day, until a calculation is published (then 409). Checked as the portal's form; 409 for a stale `version`; audited with the values before and after.",
    },
    async (request) =>
      presentFiguresView(
        await saveRecipientFigures(request.ctx, {
          grantId: request.params.id,
          recipientCode: request.params.code,
          ...request.body,
        }),
      ),
  );

  registerRoute(
    app,
    performanceRoutes.registerInterest,
    {
      access: 'grant.edit',
      tags,
      description:
        "Registers expressions of interest on behalf of recipients (codes in the grant's key; before the interest deadline). Codes already registered are kept.",
    },
    async (request) => {
      await registerInterest(request.ctx, {
        grantId: request.params.id,
        recipientCodes: request.body.recipientCodes,
      });
      return overview(request.ctx, request.params.id);
    },
  );

  registerRoute(
    app,
    performanceRoutes.withdrawInterest,
    { access: 'grant.edit', tags, description: "Withdraws a recipient's expression of interest." },
    async (request) => {
      await withdrawInterest(request.ctx, {
        grantId: request.params.id,
        recipientCode: request.params.code,
      });
      return overview(request.ctx, request.params.id);
    },
  );

  registerRoute(
    app,
    performanceRoutes.preview,
    {
      access: 'agency.read',
      tags,
      description:
        'What a calculation gives now, not stored: per recipient every condition with its inputs, computed values and verdict, the pools and every amount explained.',
    },
    async (request) => {
      const preview = await previewPerformance(request.ctx, request.params.id);
      return { ...preview.json, checksum: preview.checksum };
    },
  );

  registerRoute(
    app,
    performanceRoutes.calculate,
    {
      access: 'grant.edit',
      tags,
      description: 'Calculates from the stored inputs and stores the result as a draft.',
    },
    async (request, reply) => {
      const created = await calculatePerformance(request.ctx, request.params.id);
      return reply.code(201).send(presentPerformanceResult(created));
    },
  );

  registerRoute(app, performanceRoutes.result, { access: 'agency.read', tags }, async (request) =>
    presentPerformanceResult(await getPerformanceResult(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    performanceRoutes.publish,
    {
      access: 'grant.edit',
      tags,
      description:
        "Recomputes the result, verifies its checksum and freezes it; the grant's inputs cannot change afterwards.",
    },
    async (request) =>
      presentPerformanceResult(await publishPerformanceResult(request.ctx, request.params.id)),
  );

  registerRoute(
    app,
    performanceRoutes.export['annex.csv'],
    { access: 'agency.read', tags, description: DESCRIPTIONS.csv },
    async (request, reply) =>
      sendFile(
        reply,
        await exportPerformanceResult(request.ctx, request.params.id, 'csv', {
          dialect: request.query.dialect,
          language: exportLanguage(request, request.query.lang),
        }),
      ),
  );
  registerRoute(
    app,
    performanceRoutes.export['annex.xlsx'],
    { access: 'agency.read', tags, description: DESCRIPTIONS.xlsx },
    async (request, reply) =>
      sendFile(
        reply,
        await exportPerformanceResult(request.ctx, request.params.id, 'xlsx', {
          language: exportLanguage(request, request.query.lang),
        }),
      ),
  );
  for (const format of ['pdf', 'decision.pdf'] as const) {
    const file = format === 'decision.pdf' ? 'decision.pdf' : 'annex.pdf';
    registerRoute(
      app,
      performanceRoutes.export[file],
      { access: 'agency.read', tags, description: DESCRIPTIONS[format] },
      async (request, reply) =>
        sendFile(reply, await exportPerformanceResult(request.ctx, request.params.id, format)),
    );
  }
}

const DESCRIPTIONS: Record<PerformanceExportFormat, string> = {
  csv: 'The annex for Excel (UTF-8 with BOM, CRLF): recipient, raw figures, shares in whole per cent, change in percentage points, amount; a Summa row. With dialect=excel-sv: ";" between cells, decimal comma, headers in lang.',
  xlsx: 'The annex as a workbook: headers in lang, numbers as numbers, amounts in a kronor format, a totals row.',
  pdf: 'The annex as a printable PDF (A4 landscape, Swedish).',
  'decision.pdf':
    'The collective decision in Swedish with reasons and how to appeal (förvaltningslagen 2017:900 32–33 §§, 40–45 §§), and the annex.',
};
