namespace BorderCoop;

/// <summary>A record of the dataset, named by a stable id (see <see cref="RecordId"/>).</summary>
public interface IRecord
{
    /// <summary>The record's stable id, such as <c>agreement/merida-initiative</c>.</summary>
    string Id { get; }
}
