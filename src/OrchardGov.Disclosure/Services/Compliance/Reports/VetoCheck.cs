namespace OrchardGov.Disclosure.Services.Compliance.Reports;

/// <summary>One veto rule on one site: how many columns count, from how many it fails, and in how many days it will fail if nothing is published.</summary>
public sealed record VetoCheck(VetoRule Rule, int Count, int Threshold, bool Met, int? DaysUntilMet);
