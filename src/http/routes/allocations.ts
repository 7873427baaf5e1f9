import type { ZodApp } from '../validation';

export function allocationRoutes(_app: ZodApp): void {}
