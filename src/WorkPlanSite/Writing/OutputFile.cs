namespace WorkPlanSite.Writing;

/// <summary>A file of the built site: its path relative to the output folder (forward slashes) and its content.</summary>
public sealed record OutputFile(string RelativePath, ReadOnlyMemory<byte> Content)
{
    /// <summary>A UTF-8 text file (without byte-order mark).</summary>
    public static OutputFile Text(string relativePath, string text) => new(relativePath, System.Text.Encoding.UTF8.GetBytes(text));
}
