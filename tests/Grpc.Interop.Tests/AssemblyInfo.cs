// Each collection starts a broker and four services; one at a time keeps two shared cores from
// starving the deadlines the cases measure.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
