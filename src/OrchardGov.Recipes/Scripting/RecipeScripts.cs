using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Acornima;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Microsoft.Extensions.Configuration;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.Recipes.Execution;
using OrchardGov.Recipes.Models;
using OrchardGov.Recipes.Parsing;

namespace OrchardGov.Recipes.Scripting;

/// <summary>
/// Evaluates the scripted strings of one recipe run: <c>[js: ...]</c> with uuid(), variables('x'),
/// parameters('x'), configuration('key', 'default'), base64() and html(); and <c>[file:text('path')]</c> /
/// <c>[file:base64('path')]</c>, read from the recipe's folder and never outside it. Each variable is
/// evaluated once, on first use. getUrlPrefix('/path') gives the path under the site's prefix;
/// createWorkflowToken() gives an empty token, since this host runs no workflows.
/// </summary>
public sealed partial class RecipeScripts
{
    private readonly Recipe _recipe;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly IConfiguration _configuration;
    private readonly Dictionary<string, JsValue> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _evaluatingVariables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Engine _engine;

    public RecipeScripts(Recipe recipe, RecipeRun run, IConfiguration configuration)
    {
        _recipe = recipe;
        _parameters = run.Parameters;
        _configuration = configuration;
        _engine = new Engine(options => options.LimitRecursion(64).LimitMemory(256L * 1024 * 1024).TimeoutInterval(TimeSpan.FromSeconds(5)).Strict(false));
        _engine.SetValue("uuid", new Func<string>(ContentItemIdGenerator.NewId));
        _engine.SetValue("variables", new Func<string, JsValue>(Variable));
        _engine.SetValue("parameters", new Func<string, string>(Parameter));
        _engine.SetValue("configuration", new Func<string, string?, string?>((key, fallback) => IsSecret(key) ? fallback : _configuration[key] ?? fallback));
        _engine.SetValue("base64", new Func<string, string>(encoded => Encoding.UTF8.GetString(Convert.FromBase64String(encoded))));
        _engine.SetValue("html", new Func<string, string>(WebUtility.HtmlDecode));
        _engine.SetValue("getUrlPrefix", new Func<string?, string>(path => run.Site.PathBase + "/" + (path ?? "").TrimStart('/')));
        _engine.SetValue("createWorkflowToken", new Func<string?, string?, string>((_, _) => ""));
    }

    /// <summary>A copy of the node with every scripted string replaced by its value. <paramref name="path"/> names the node in errors.</summary>
    public JsonNode? Evaluate(JsonNode? node, string path) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value, $"{path}.{p.Key}"))), RecipeReader.NodeOptions),
        JsonArray array => new JsonArray(array.Select((item, i) => Evaluate(item, $"{path}[{i}]")).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) && Script().Match(text) is { Success: true } match =>
            Run(match.Groups["kind"].Value, match.Groups["code"].Value, path),
        _ => node?.DeepClone(),
    };

    private JsonNode? Run(string kind, string code, string path)
    {
        try
        {
            return kind.Equals("js", StringComparison.OrdinalIgnoreCase) ? ToJson(EvaluateJs(code)) : JsonValue.Create(ReadFile(code));
        }
        catch (RecipeStepException)
        {
            throw;
        }
        catch (Exception error) when (error is JavaScriptException or ParseErrorException or JintException or FormatException or InvalidOperationException or MemoryLimitExceededException)
        {
            throw new RecipeStepException(path, $"the script [{kind}:{code}] failed: {error.Message}");
        }
    }

    private JsValue EvaluateJs(string code)
    {
        try
        {
            return _engine.Evaluate(code);
        }
        catch (Exception error) when (error is ParseErrorException or JavaScriptException && error.Message.Contains("return", StringComparison.OrdinalIgnoreCase))
        {
            // Orchard Core recipes may end a script with a top-level 'return'.
            return _engine.Evaluate($"(function() {{ {code} }})()");
        }
    }

    // Recipes travel between sites and their values end up in published content: they never see secrets.
    private static bool IsSecret(string key) =>
        new[] { "ConnectionString", "Database", "Password", "Secret", "Key" }.Any(word => key.Contains(word, StringComparison.OrdinalIgnoreCase));

    private JsValue Variable(string name)
    {
        if (_variables.TryGetValue(name, out var value))
        {
            return value;
        }

        var definition = _recipe.Variables[name] ?? throw new InvalidOperationException($"the recipe has no variable '{name}'.");
        if (!_evaluatingVariables.Add(name))
        {
            throw new InvalidOperationException($"the variable '{name}' refers to itself.");
        }

        var evaluated = Evaluate(definition, $"$.variables.{name}");
        _evaluatingVariables.Remove(name);
        value = evaluated is JsonValue text && text.TryGetValue<string>(out var s) ? JsValue.FromObject(_engine, s)
            : _engine.Evaluate($"({evaluated?.ToJsonString() ?? "null"})");
        _variables[name] = value;
        return value;
    }

    private string Parameter(string name) =>
        _parameters.TryGetValue(name, out var value) ? value
        : throw new InvalidOperationException($"the parameter '{name}' was not given; pass it with --param {name}=VALUE.");

    private string ReadFile(string code)
    {
        var call = FileCall().Match(code.Trim());
        if (!call.Success)
        {
            throw new InvalidOperationException("use text('relative/path') or base64('relative/path').");
        }

        var folder = RealPath(_recipe.Folder) + Path.DirectorySeparatorChar;
        var full = RealPath(Path.GetFullPath(Path.Combine(_recipe.Folder, call.Groups["path"].Value)));
        if (!full.StartsWith(folder, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the file '{call.Groups["path"].Value}' is outside the recipe's folder; recipes may only read files beside them.");
        }

        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"the file '{call.Groups["path"].Value}' does not exist beside the recipe.");
        }

        return call.Groups["function"].Value == "base64" ? Convert.ToBase64String(File.ReadAllBytes(full)) : File.ReadAllText(full);
    }

    // The path with every symbolic link along it followed, so that a link beside the recipe cannot lead out of its folder.
    private static string RealPath(string path)
    {
        var root = Path.GetPathRoot(path)!;
        var real = root;
        foreach (var segment in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            real = Path.Combine(real, segment);
            FileSystemInfo entry = Directory.Exists(real) ? new DirectoryInfo(real) : new FileInfo(real);
            if (entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                real = RealPath(target.FullName);
            }
        }

        return real;
    }

    private static JsonNode? ToJson(JsValue value) => value.Type switch
    {
        Types.Null or Types.Undefined => null,
        Types.Boolean => JsonValue.Create(value.AsBoolean()),
        Types.Number => JsonValue.Create(value.AsNumber()),
        Types.String => JsonValue.Create(value.AsString()),
        _ => JsonNode.Parse(new Jint.Native.Json.JsonSerializer(value.AsObject().Engine).Serialize(value).AsString(), RecipeReader.NodeOptions),
    };

    [GeneratedRegex(@"^\[(?<kind>js|file)\s*:(?<code>.*)\]$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"^(?<function>text|base64)\(\s*['""](?<path>[^'""]+)['""]\s*\)$")]
    private static partial Regex FileCall();
}
