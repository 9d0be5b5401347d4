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
        // The summary is one row by the student's key: joined here, it costs no round trip of its own.
        var found = await (
                from s in db.WithSchool().Include(s => s.CategoryPeriods).Where(s => s.Id == request.StudentId)
                join f in db.FileSummaries on s.Id equals f.StudentId into summaries
                from f in summaries.DefaultIfEmpty()
                select new
                {
                    Student = s,
                    Summary = f == null ? null : new StudentFileSummaryResponse(f.EntryCount, f.AidTotal, f.LastEntryOn, f.ChangeCount, f.RefreshedAt),
                })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId.ToString());
        var student = found.Student;
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
        var periods = student.CategoryPeriods
            .OrderBy(p => p.StartedOn).ThenBy(p => p.Category)
            .Select(p => new CategoryPeriodResponse(p.Category, p.StartedOn, p.StartSource, p.EndedOn, p.EndSource))
            .ToList();
        return new StudentFileResponse(student.ToDto().MaskedFor(caller, county), found.Summary, periods, history, entries);
    }
}
