using System.Buffers;
using System.Text;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Loading;

/// <summary>
/// Reads a source file as text the way every stage expects it: strict UTF-8 (invalid bytes are an
/// error naming the line, never silently replaced), without byte-order mark, with LF line endings.
/// </summary>
internal static class SourceText
{
    /// <summary>Files larger than this are refused: no content file is anywhere near it, and reading it would only stall the build.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// True for a symbolic link (or another reparse point). Content is refused through links: content arrives by pull
    /// request, and a link committed to git could publish any file of the machine that builds the site (or read
    /// <c>/dev/zero</c> forever).
    /// </summary>
    public static bool IsLink(string path)
    {
        try
        {
            return File.GetAttributes(path).HasFlag(FileAttributes.ReparsePoint);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reports <paramref name="displayPath"/> as a link that is not followed.</summary>
    public static void ReportLink(string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(SourcePosition.File(displayPath), "This is a symbolic link; content is read only from real files and folders inside the content folder.",
            "Replace the link with the file or folder itself.");

    /// <summary>Reads <paramref name="fullPath"/>; reports problems against <paramref name="displayPath"/> and returns null.</summary>
    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        if (IsLink(fullPath))
        {
            ReportLink(displayPath, diagnostics);
            return null;
        }

        // One open, one fstat for the size, one read into a pooled buffer: a build reads thousands of these files.
        byte[] buffer;
        int length;
        try
        {
            using var handle = File.OpenHandle(fullPath);
            var size = RandomAccess.GetLength(handle);
            if (size > MaxBytes)
            {
                diagnostics.Error(SourcePosition.File(displayPath), $"The file is {size / (1024 * 1024)} MB; content files are limited to {MaxBytes / (1024 * 1024)} MB.",
                    "Split it, or check that it is the file you meant to put here.");
                return null;
            }

            buffer = ArrayPool<byte>.Shared.Rent((int)size + 1);
            length = ReadAll(handle, buffer);
            if (length > size)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                diagnostics.Error(SourcePosition.File(displayPath), "The file changed while it was being read.", "Build again once it is saved.");
                return null;
            }
        }
        catch (IOException ex)
        {
            diagnostics.Error(SourcePosition.File(displayPath), $"The file cannot be read: {ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(SourcePosition.File(displayPath), "The file cannot be read: permission denied.");
            return null;
        }

        try
        {
            return Decode(buffer.AsSpan(0, length), displayPath, diagnostics);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until the end of the file or of the buffer, which is larger than the file was: more means the file grew meanwhile.</summary>
    private static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] buffer)
    {
        var length = 0;
        int read;
        while (length < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static string? Decode(ReadOnlySpan<byte> span, string displayPath, DiagnosticBag diagnostics)
    {
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[3..];
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            diagnostics.Error(new SourcePosition(displayPath, LineOf(span, span.IndexOf((byte)0)), 1),
                "The file is binary, not text.", "Content files are UTF-8 text: Markdown or YAML.");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException ex)
        {
            var line = ex.Index >= 0 ? LineOf(span, ex.Index) : 1;
            diagnostics.Error(new SourcePosition(displayPath, line, 1), "The file is not valid UTF-8 text.",
                "Save it as UTF-8 in your editor (in Word or Notepad: 'Save as', encoding 'UTF-8').");
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index)
    {
        var end = Math.Min(index, bytes.Length);
        var line = 1;
        for (var i = 0; i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
