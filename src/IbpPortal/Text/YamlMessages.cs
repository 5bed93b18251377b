using YamlDotNet.Core;

namespace IbpPortal;

/// <summary>Turns YamlDotNet's exception text into a short phrase for a message.</summary>
public static class YamlMessages
{
    /// <summary>The innermost YAML error's message without its position prefix.</summary>
    public static string Describe(YamlException ex)
    {
        Exception inner = ex;
        while (inner.InnerException is YamlException next)
        {
            inner = next;
        }

        var text = inner.Message;
        var close = text.IndexOf("): ", StringComparison.Ordinal);
        return (close >= 0 ? text[(close + 3)..] : text).TrimEnd('.');
    }
}
