namespace OrchardGov.Disclosure.Services.IndexNumbers;

internal enum IndexNumberSegmentKind
{
    Literal,
    OrganisationCode,
    Year,
    YearMonth,
    YearDashMonth,
    Month,
    Serial,
}
