using System.CommandLine;
using IbpPortal.Content;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp new case-study "Title"</c>: scaffolds a content file with correct front matter and an unused address.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to create: case-study, page or news." };
        kind.AcceptOnlyFromAmong([.. Scaffold.Kinds]);
        var title = new Argument<string>("title") { Description = "The title, in quotes." };
        var root = CommonOptions.Root();
        var command = new Command("new", "Create a new case study, page or news item with its front matter filled in (as a draft).")
        {
            kind, title, root,
        };
        command.SetAction(result =>
        {
            var folder = Path.GetFullPath(result.GetValue(root)!);
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"ibp: the folder '{folder}' does not exist; run ibp in a portal's folder or pass --root.");
                return 2;
            }

            var text = result.GetValue(title)!.Trim();
            if (text.Length == 0)
            {
                Console.Error.WriteLine("ibp: the title is empty; write it in quotes, for example: ibp new case-study \"Winter planning in Leeds\"");
                return 2;
            }

            var path = Scaffold.Create(folder, result.GetValue(kind)!, text, DateOnly.FromDateTime(DateTime.Today));
            Console.Out.WriteLine($"Created {path} (marked draft: true; preview it with 'ibp preview --drafts', remove the draft line to publish).");
            return 0;
        });
        return command;
    }
}
