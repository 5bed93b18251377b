using System.Text;

namespace IbpPortal.Import;

/// <summary>Writes several files so that either all are replaced or none: each is written beside its target first, then moved.</summary>
internal sealed class StagedWrite : IDisposable
{
    private readonly List<(string Temporary, string Target)> _staged = [];

    /// <summary>Writes <paramref name="text"/> to a temporary file beside <paramref name="target"/> (UTF-8, no BOM).</summary>
    public void Stage(string target, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        _staged.Add((temporary, target));
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Moves every staged file over its target.</summary>
    public void Commit()
    {
        foreach (var (temporary, target) in _staged)
        {
            File.Move(temporary, target, overwrite: true);
        }
    }

    /// <summary>Deletes staged files that were not committed.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _) in _staged)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
