namespace Telehealth.AppHost.Dashboard.Telemetry.Metrics;

/// <summary>
/// Metric points per resource, instrument and attribute set, bounded in points per stream and in streams overall.
/// </summary>
internal sealed class MetricStore(int maxPointsPerStream, int maxStreams)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Resource, string Name), MetricInstrument> _instruments = new();
    private long _updates;
    private int _streamCount;

    public void Record(
        string resource,
        InstrumentInfo info,
        MetricTemporality temporality,
        IReadOnlyList<TelemetryAttribute> attributes,
        MetricPoint point)
    {
        lock (_gate)
        {
            var key = (resource, info.Name);
            if (!_instruments.TryGetValue(key, out var instrument) || instrument.Info.Kind != info.Kind)
            {
                // A changed kind means a different instrument under an old name: its old points no longer compare.
                if (instrument is not null)
                {
                    _streamCount -= instrument.Streams.Count;
                }
                instrument = new MetricInstrument(resource, info, temporality);
                _instruments[key] = instrument;
            }
            instrument.Info = info;
            instrument.Temporality = temporality;

            var streamKey = StreamKey(attributes);
            if (!instrument.Streams.TryGetValue(streamKey, out var stream))
            {
                stream = new MetricStream(attributes);
                instrument.Streams.Add(streamKey, stream);
                _streamCount++;
            }
            stream.Add(point, maxPointsPerStream, ++_updates);

            while (_streamCount > maxStreams)
            {
                EvictLeastRecentStream();
            }
        }
    }

    public IReadOnlyList<ResourceInstruments> Catalog()
    {
        lock (_gate)
        {
            return _instruments.Values
                .GroupBy(instrument => instrument.Resource)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new ResourceInstruments(
                    group.Key,
                    group.Select(instrument => instrument.Info).OrderBy(info => info.Name, StringComparer.Ordinal).ToList()))
                .ToList();
        }
    }

    public MetricSeries? Series(string resource, string instrumentName, TimeSpan resolution)
    {
        InstrumentInfo info;
        MetricTemporality temporality;
        List<IReadOnlyList<MetricPoint>> streams;
        lock (_gate)
        {
            if (!_instruments.TryGetValue((resource, instrumentName), out var instrument))
            {
                return null;
            }
            info = instrument.Info;
            temporality = instrument.Temporality;
            streams = instrument.Streams.Values.Select(stream => stream.Points).ToList();
        }
        // The arithmetic runs outside the lock, on copies, so exporters are never kept waiting by a chart.
        var points = MetricSeriesBuilder.Build(info.Kind, temporality, streams, resolution);
        return new MetricSeries(resource, info.Name, info.Unit, info.Description, info.Kind, streams.Count, points);
    }

    public IReadOnlyCollection<string> Resources()
    {
        lock (_gate)
        {
            return _instruments.Keys.Select(key => key.Resource).ToHashSet();
        }
    }

    private void EvictLeastRecentStream()
    {
        var oldest = _instruments.Values
            .SelectMany(instrument => instrument.Streams.Select(stream => (Instrument: instrument, stream.Key, stream.Value.LastUpdate)))
            .MinBy(candidate => candidate.LastUpdate);
        oldest.Instrument.Streams.Remove(oldest.Key);
        _streamCount--;
        if (oldest.Instrument.Streams.Count == 0)
        {
            _instruments.Remove((oldest.Instrument.Resource, oldest.Instrument.Info.Name));
        }
    }

    /// <summary>The attribute set as one string, independent of the order the exporter sent the attributes in.</summary>
    private static string StreamKey(IReadOnlyList<TelemetryAttribute> attributes) =>
        string.Join('\u001f', attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}\u001e{a.Value}"));
}
