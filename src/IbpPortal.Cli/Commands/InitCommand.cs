using System.CommandLine;
using IbpPortal.Content;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp init DIR</c>: creates a new portal that builds at once, on the built-in theme.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder to create the portal in (created if missing; must not already hold a portal)." };
        var command = new Command("init", "Create a new portal: settings, a home page, the seven IBP-model pages, a case study and example data.")
        {
            folder,
        };
        command.SetAction(result =>
        {
            var template = PortalTemplate.BuiltIn();
            if (template is null)
            {
                Console.Error.WriteLine("ibp: the portal template is missing from the program's folder; reinstall the tool.");
                return 1;
            }

            var target = Path.GetFullPath(result.GetValue(folder)!);
            try
            {
                Directory.CreateDirectory(target);
                var files = PortalTemplate.Create(template, target);
                Console.Out.WriteLine($"Created a portal in {target} ({files.Count} files).");
                Console.Out.WriteLine("Next:");
                Console.Out.WriteLine($"  cd {result.GetValue(folder)}");
                Console.Out.WriteLine("  ibp build      # the site, into output/");
                Console.Out.WriteLine("  ibp preview    # a live preview at http://127.0.0.1:8080");
                Console.Out.WriteLine("Edit portal.yml, the pages in input/ and the data in data/ (data/README.md lists the columns).");
                Console.Out.WriteLine("To change the look, copy a file from the built-in theme into theme/ with the same path and edit it.");
                return 0;
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine($"ibp: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
