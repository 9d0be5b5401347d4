using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed class GetStudentFileHandler(RegistryDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetStudentFileQuery, StudentFileResponse>
{
    public async Task<StudentFileResponse> Handle(GetStudentFileQuery request, CancellationToken cancellationToken)
    {
        var student = await db.WithSchool().Include(s => s.CategoryPeriods)
            .FirstOrDefaultAsync(s => s.Id == request.StudentId, cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId.ToString());
        caller.EnsureCanSee(student);

        var history = await db.StudentChanges.AsNoTracking()
            .Where(c => c.StudentId == student.Id)
            .OrderBy(c => c.Id)
            .Select(c => new StudentChangeResponse(c.Field, c.OldValue, c.NewValue, c.EffectiveOn, c.Source, c.RecordedAt))
            .ToListAsync(cancellationToken);
        var entries = await db.FileEntries.AsNoTracking()
            .Where(e => e.StudentId == student.Id)
            .OrderBy(e => e.OccurredOn).ThenBy(e => e.Id)
            .Select(e => new StudentFileEntryResponse(e.SourceModule, e.SourceReference, e.Kind, e.Title, e.OccurredOn, e.Amount, e.Details, e.RecordedAt))
            .ToListAsync(cancellationToken);
        var summary = await db.FileSummaries.AsNoTracking()
            .Where(s => s.StudentId == student.Id)
            .Select(s => new StudentFileSummaryResponse(s.EntryCount, s.AidTotal, s.LastEntryOn, s.ChangeCount, s.RefreshedAt))
            .FirstOrDefaultAsync(cancellationToken);
        var periods = student.CategoryPeriods
            .OrderBy(p => p.StartedOn).ThenBy(p => p.Category)
            .Select(p => new CategoryPeriodResponse(p.Category, p.StartedOn, p.StartSource, p.EndedOn, p.EndSource))
            .ToList();
        return new StudentFileResponse(student.ToDto().MaskedFor(caller, county), summary, periods, history, entries);
    }
}
