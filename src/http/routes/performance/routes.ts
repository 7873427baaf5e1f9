// Performance-based grants, agency side: writes need the grant's case officer, reads any agency
// role (docs/access.md). TODO(#4): a recipient-scoped route (`POST /api/me/grants/:id/interest`)
// registers the signed-in recipient's own interest through the same registerInterest service.
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
import { readUpload } from '../../upload';
import { EXPORT_TYPES, sendFile } from '../../send-file';
import { FilePart, multipartBody, type ZodApp } from '../../validation';
import { IdParamsSchema } from '../grants/routes';
import {
  FigureValuesInputSchema,
  FiguresViewSchema,
  InterestRegistrationInputSchema,
  PerformanceModelInputSchema,
  PerformanceOverviewSchema,
  PerformancePreviewSchema,
  PerformanceResultSchema,
  RecipientCodeParamsSchema,
} from '../../../contracts/performance';

const tags = ['performance'];

export function performanceRoutes(app: ZodApp): void {
  const overview = async (ctx: Parameters<typeof getPerformanceOverview>[0], id: string) =>
    presentPerformanceOverview(await getPerformanceOverview(ctx, id));

  app.get(
    '/grants/:id/performance',
    {
      config: { access: 'agency.read' },
      schema: {
        tags,
        description:
          'The set-up of a performance-based grant: model, key, expressions of interest, reported figures and calculations.',
        params: IdParamsSchema,
        response: { 200: PerformanceOverviewSchema },
      },
    },
    async (request) => overview(request.ctx, request.params.id),
  );

  app.put(
    '/grants/:id/performance/model',
    {
      config: { access: 'grant.edit' },
      schema: {
        tags,
        description:
          "Saves the model (docs/performance-model.md) and the interest deadline. Its total_kr must be the grant's amount. 422 lists every issue with its JSON path and an expression's character.",
        params: IdParamsSchema,
        body: PerformanceModelInputSchema,
        response: { 200: PerformanceOverviewSchema },
      },
    },
    async (request) => {
      await savePerformanceModel(request.ctx, { grantId: request.params.id, ...request.body });
      return overview(request.ctx, request.params.id);
    },
  );

  const uploadRoute = (
    path: string,
    description: string,
    run: (
      ctx: Parameters<typeof uploadPerformanceKey>[0],
      input: { grantId: string; filename: string; bytes: Uint8Array },
    ) => Promise<unknown>,
  ) =>
    app.post(
      path,
      {
        config: { access: 'grant.edit' },
        schema: {
          tags,
          description,
          consumes: ['multipart/form-data'],
          params: IdParamsSchema,
          body: multipartBody({ file: FilePart }),
          response: { 200: PerformanceOverviewSchema },
        },
      },
      async (request) => {
        const { files } = await readUpload(request, { files: ['file'] });
        const file = files.get('file')!;
        await run(request.ctx, {
          grantId: request.params.id,
          filename: file.filename,
          bytes: file.bytes,
        });
        return overview(request.ctx, request.params.id);
      },
    );

  uploadRoute(
    '/grants/:id/performance/key',
    'The allocation key, CSV or XLSX with recipient_code,key_kr. Every bad cell is reported with line and column (422) and nothing is stored.',
    uploadPerformanceKey,
  );
  uploadRoute(
    '/grants/:id/performance/figures',
    'The reported figures for many recipients, CSV or XLSX: recipient_code and one column per figure. Every bad row is reported with line and column (422) and nothing is stored; a good upload replaces all figures.',
    uploadPerformanceFigures,
  );

  app.get(
    '/grants/:id/performance/figures.csv',
    {
      config: { access: 'agency.read' },
      schema: {
        tags,
        description:
          'The reported figures as they are now, as a CSV the figures upload reads back (recipient_code, name, one column per figure): the file to start from, since an upload replaces every row, also those entered in a form.',
        params: IdParamsSchema,
        produces: ['text/csv'],
        response: {
          200: {
            description: 'The file, as an attachment',
            content: { 'text/csv': { schema: FilePart } },
          },
        },
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportPerformanceFigures(request.ctx, request.params.id)),
  );

  app.get(
    '/grants/:id/performance/figures/:code',
    {
      config: { access: 'agency.read' },
      schema: {
        tags,
        description:
          "One registered recipient's figures as the agency's form shows them (422 performance.not_registered for a recipient without an expression of interest).",
        params: RecipientCodeParamsSchema,
        response: { 200: FiguresViewSchema },
      },
    },
    async (request) =>
      presentFiguresView(
        await getRecipientFigures(request.ctx, {
          grantId: request.params.id,
          recipientCode: request.params.code,
        }),
      ),
  );

  app.put(
    '/grants/:id/performance/figures/:code',
    {
      config: { access: 'grant.edit' },
      schema: {
        tags,
        description:
          "Enters or corrects one registered recipient's figures on its behalf (figures phoned in, a correction), also after the recipient's last day, until a calculation is published (then 409). Checked as the portal's form; 409 for a stale `version`; audited with the values before and after.",
        params: RecipientCodeParamsSchema,
        body: FigureValuesInputSchema,
        response: { 200: FiguresViewSchema },
      },
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

  app.post(
    '/grants/:id/performance/registrations',
    {
      config: { access: 'grant.edit' },
      schema: {
        tags,
        description:
          "Registers expressions of interest on behalf of recipients (codes in the grant's key; before the interest deadline). Codes already registered are kept.",
        params: IdParamsSchema,
        body: InterestRegistrationInputSchema,
        response: { 200: PerformanceOverviewSchema },
      },
    },
    async (request) => {
      await registerInterest(request.ctx, {
        grantId: request.params.id,
        recipientCodes: request.body.recipientCodes,
      });
      return overview(request.ctx, request.params.id);
    },
  );

  app.delete(
    '/grants/:id/performance/registrations/:code',
    {
      config: { access: 'grant.edit' },
      schema: {
        tags,
        description: "Withdraws a recipient's expression of interest.",
        params: RecipientCodeParamsSchema,
        response: { 200: PerformanceOverviewSchema },
      },
    },
    async (request) => {
      await withdrawInterest(request.ctx, {
        grantId: request.params.id,
        recipientCode: request.params.code,
      });
      return overview(request.ctx, request.params.id);
    },
  );

  app.get(
    '/grants/:id/performance/preview',
    {
      config: { access: 'agency.read' },
      schema: {
        tags,
        description:
          'What a calculation gives now, not stored: per recipient every condition with its inputs, computed values and verdict, the pools and every amount explained.',
        params: IdParamsSchema,
        response: { 200: PerformancePreviewSchema },
      },
    },
    async (request) => {
      const preview = await previewPerformance(request.ctx, request.params.id);
      return { ...preview.json, checksum: preview.checksum };
    },
  );

  app.post(
    '/grants/:id/performance/results',
    {
      config: { access: 'grant.edit' },
      schema: {
        tags,
        description: 'Calculates from the stored inputs and stores the result as a draft.',
        params: IdParamsSchema,
        response: { 201: PerformanceResultSchema },
      },
    },
    async (request, reply) => {
      const created = await calculatePerformance(request.ctx, request.params.id);
      return reply.code(201).send(presentPerformanceResult(created));
    },
  );

  app.get(
    '/performance-results/:id',
    {
      config: { access: 'agency.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: PerformanceResultSchema } },
    },
    async (request) =>
      presentPerformanceResult(await getPerformanceResult(request.ctx, request.params.id)),
  );

  app.post(
    '/performance-results/:id/publish',
    {
      config: { access: 'grant.edit' },
      schema: {
        tags,
        description:
          "Recomputes the result, verifies its checksum and freezes it; the grant's inputs cannot change afterwards.",
        params: IdParamsSchema,
        response: { 200: PerformanceResultSchema },
      },
    },
    async (request) =>
      presentPerformanceResult(await publishPerformanceResult(request.ctx, request.params.id)),
  );

  for (const format of ['csv', 'xlsx', 'pdf', 'decision.pdf'] as const) {
    const path = format === 'decision.pdf' ? 'decision.pdf' : `annex.${format}`;
    app.get(
      `/performance-results/:id/${path}`,
      {
        config: { access: 'agency.read' },
        schema: {
          tags,
          description: DESCRIPTIONS[format],
          params: IdParamsSchema,
          produces: [TYPES[format]],
          response: {
            200: {
              description: 'The file, as an attachment',
              content: { [TYPES[format]]: { schema: FilePart } },
            },
          },
        },
      },
      async (request, reply) =>
        sendFile(reply, await exportPerformanceResult(request.ctx, request.params.id, format)),
    );
  }
}

const TYPES: Record<PerformanceExportFormat, string> = {
  ...EXPORT_TYPES,
  'decision.pdf': EXPORT_TYPES.pdf,
};

const DESCRIPTIONS: Record<PerformanceExportFormat, string> = {
  csv: 'The annex for Excel (UTF-8 with BOM, CRLF): recipient, raw figures, shares in whole per cent, change in percentage points, amount; a Summa row.',
  xlsx: 'The annex as a workbook: numbers as numbers, amounts in a kronor format, a totals row.',
  pdf: 'The annex as a printable PDF (A4 landscape, Swedish).',
  'decision.pdf':
    'The collective decision in Swedish with reasons and how to appeal (förvaltningslagen 2017:900 32–33 §§, 40–45 §§), and the annex.',
};
