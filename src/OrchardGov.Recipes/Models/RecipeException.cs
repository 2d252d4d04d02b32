namespace OrchardGov.Recipes.Models;

/// <summary>
/// A recipe that cannot be run as written. The message names the file and, where known, the step (index and
/// name), the JSON path and the line and column.
/// </summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string filePath, string problem, int? stepIndex = null, string? stepName = null, string? jsonPath = null,
        long? line = null, long? column = null, Exception? inner = null)
        : base(Describe(filePath, problem, stepIndex, stepName, jsonPath, line, column), inner)
    {
        FilePath = filePath;
        StepIndex = stepIndex;
        StepName = stepName;
        JsonPath = jsonPath;
        Line = line;
        Column = column;
    }

    public string FilePath { get; }
    public int? StepIndex { get; }
    public string? StepName { get; }
    public string? JsonPath { get; }
    public long? Line { get; }
    public long? Column { get; }

    private static string Describe(string file, string problem, int? stepIndex, string? stepName, string? jsonPath, long? line, long? column)
    {
        var where = new List<string> { file + (line is null ? "" : $" line {line}, column {column}") };
        if (stepIndex is not null)
        {
            where.Add($"step {stepIndex} '{stepName}'");
        }

        if (jsonPath is not null)
        {
            where.Add(jsonPath);
        }

        return $"{string.Join(", ", where)}: {problem}";
    }
}
