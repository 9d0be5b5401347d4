using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Reporting;

/// <summary>
/// Every figure of the year's work summary (API.md, Reporting), counted from the modules' records in the caller's
/// scope; with <see cref="ByTownship"/>, also each township of that scope on its own, with <see cref="BySchool"/> each school.
/// </summary>
public sealed record GetSummaryQuery(int Year, bool ByTownship = false, bool BySchool = false) : IQuery<SummaryDto>;
