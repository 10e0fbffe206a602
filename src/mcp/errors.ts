/**
 * A tool call that cannot do what it was asked, with the reason and the fix in its message: the
 * client receives it as an MCP tool error (`isError: true`), and the server goes on serving.
 */
export class ToolError extends Error {
  override name = 'ToolError';
}
