namespace PerfEvalDocGen.Web.Static;

/// <summary>One file of the page: its bytes, content type and entity tag (a hash, so a new build is never served stale).</summary>
internal sealed record StaticAsset(byte[] Content, string ContentType, string ETag);
