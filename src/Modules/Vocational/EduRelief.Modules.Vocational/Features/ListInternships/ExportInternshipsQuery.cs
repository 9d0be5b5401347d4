using EduRelief.BuildingBlocks.Export;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

/// <summary>Every internship of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportInternshipsQuery(ListInternshipsQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords => $"vocational internships export: schoolCode={Filter.SchoolCode}, year={Filter.Year}";
}
