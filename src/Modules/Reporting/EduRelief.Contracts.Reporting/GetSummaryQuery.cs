using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Reporting;

/// <summary>Every figure of the year's work summary (API.md, Reporting), counted from the modules' records in the caller's scope.</summary>
public sealed record GetSummaryQuery(int Year) : IQuery<SummaryDto>;
