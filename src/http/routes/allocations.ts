import { compareAllocations } from '../../services/compare-allocations';
import { createFormulaAllocation } from '../../services/create-formula-allocation';
import { getAllocation, listGrantAllocations } from '../../services/get-allocation';
import { importKeyAllocation } from '../../services/import-key-allocation';
import { renderInputsCsv, renderModelJson } from '../../services/inputs-csv';
import { publishAllocation } from '../../services/publish-allocation';
import type { AllocationInputsJson } from '../../services/allocation-inputs';
import { presentAllocation, presentAllocationSummary, presentComparison } from '../present';
import { readUpload } from '../upload';
import { FilePart, multipartBody, type ZodApp } from '../validation';
import {
  AllocationComparisonQuerySchema,
  AllocationComparisonSchema,
  AllocationListSchema,
  AllocationSchema,
} from './allocations.schema';
import { IdParamsSchema } from './grants';

const tags = ['allocations'];

export function allocationRoutes(app: ZodApp): void {
  app.get(
    '/grants/:id/allocations',
    { schema: { tags, params: IdParamsSchema, response: { 200: AllocationListSchema } } },
    async (request) => ({
      items: (await listGrantAllocations(request.ctx, request.params.id)).map((a) =>
        presentAllocationSummary(a, a.recipientCount),
      ),
    }),
  );

  app.post(
    '/grants/:id/allocations/import',
    {
      schema: {
        tags,
        description:
          'The government key as CSV or XLSX: a recipient column (kommunkod/recipient_code, or the name) and an amount column. ' +
          'Every bad row is reported with its line and column (422) and nothing is stored.',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        body: multipartBody({ file: FilePart }),
        response: { 201: AllocationSchema },
      },
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

  app.post(
    '/grants/:id/allocations/formula',
    {
      schema: {
        tags,
        description:
          "A model (the CLI's model.json, as a file or a text field) and its indicator data (CSV or XLSX with recipient_code). " +
          "The model's budget_kr must be the grant's amount.",
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        body: multipartBody({ model: FilePart, file: FilePart }),
        response: { 201: AllocationSchema },
      },
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

  app.get(
    '/allocations/compare',
    {
      schema: {
        tags,
        description:
          'Per recipient both amounts, the difference in kronor and per cent, the largest change first.',
        querystring: AllocationComparisonQuerySchema,
        response: { 200: AllocationComparisonSchema },
      },
    },
    async (request) => presentComparison(await compareAllocations(request.ctx, request.query)),
  );

  app.get(
    '/allocations/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: AllocationSchema } } },
    async (request) => presentAllocation(await getAllocation(request.ctx, request.params.id)),
  );

  app.post(
    '/allocations/:id/publish',
    {
      schema: {
        tags,
        description:
          "Freezes the allocation and makes it the grant's (only while the grant is a draft); a previously published one is superseded.",
        params: IdParamsSchema,
        response: { 200: AllocationSchema },
      },
    },
    async (request) => {
      await publishAllocation(request.ctx, request.params.id);
      return presentAllocation(await getAllocation(request.ctx, request.params.id));
    },
  );

  app.get(
    '/allocations/:id/model.json',
    {
      schema: {
        tags,
        description: 'The model for `statsbidrag allocate --model`.',
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const { allocation } = await getAllocation(request.ctx, request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="model.json"`)
        .send(renderModelJson(allocation.model));
    },
  );

  app.get(
    '/allocations/:id/inputs.csv',
    {
      schema: {
        tags,
        description: 'The data for `statsbidrag allocate --data`.',
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const { allocation } = await getAllocation(request.ctx, request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="inputs.csv"`)
        .send(renderInputsCsv(allocation.inputs as AllocationInputsJson));
    },
  );
}
