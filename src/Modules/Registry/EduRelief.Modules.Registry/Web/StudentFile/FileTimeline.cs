using EduRelief.Modules.Registry.Features.GetStudentFile;
using EduRelief.Modules.Registry.Web.Shared;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Registry.Web.StudentFile;

/// <summary>The change history, the category periods and every reported entry of a file, merged, newest first.</summary>
internal static class FileTimeline
{
    public static IReadOnlyList<FileEvent> Of(StudentFileResponse file)
    {
        var events = new List<FileEvent>();
        events.AddRange(file.History.Select(c => new FileEvent(
            c.EffectiveOn, c.RecordedAt, new UserText("变更", "Change"), $"{c.Field}: {c.OldValue ?? "—"} → {c.NewValue ?? "—"}", c.Source, "blue")));
        foreach (var p in file.CategoryPeriods)
        {
            events.Add(new FileEvent(p.StartedOn, DateTimeOffset.MinValue, new UserText("困难类别", "Category"),
                new UserText($"开始：{RegistryLabels.Of(p.Category).Chinese}", $"Started: {RegistryLabels.Of(p.Category).English}"), p.StartSource, "orange"));
            if (p.EndedOn is { } ended)
            {
                events.Add(new FileEvent(ended, DateTimeOffset.MinValue, new UserText("困难类别", "Category"),
                    new UserText($"结束：{RegistryLabels.Of(p.Category).Chinese}", $"Ended: {RegistryLabels.Of(p.Category).English}"), p.EndSource, "gray"));
            }
        }

        events.AddRange(file.Entries.Select(e => new FileEvent(
            e.OccurredOn, e.RecordedAt, e.SourceModule, e.Amount is { } amount ? $"{e.Title}（¥{amount:N2}）" : e.Title, e.Details, "green")));
        return events.OrderByDescending(e => e.On).ThenByDescending(e => e.RecordedAt).ToList();
    }
}
