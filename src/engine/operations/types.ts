// Shapes of the operation data: what the models repository says (generated, models.json) and what
// Amazon's documentation pages say (hand-kept, facts.ts). Plain TypeScript, no React.

/** One operation as a model declares it. */
export interface ModelOperation {
  /** operationId, e.g. "getOrderAddress". */
  id: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template, e.g. "/orders/v0/orders/{orderId}/address". */
  path: string;
  /** The model marks the operation deprecated. */
  deprecated?: true;
}

/** One API model file of amzn/selling-partner-api-models. */
export interface ModelEntry {
  /** The file name without .json, unique: "ordersV0", "orders_2026-01-01". */
  key: string;
  /** Path in the repository, e.g. "models/orders-api-model/ordersV0.json". */
  file: string;
  /** The model's info.title. */
  title: string;
  /** The model's info.version: "v0", "2026-01-01". */
  version: string;
  /** The model was removed from the repository by this commit. */
  retired?: { commit: string; date: string };
  operations: ModelOperation[];
}

export interface ModelsData {
  source: { repository: string; commit: string; date: string };
  models: ModelEntry[];
}
