#pragma once

#include "Awaited.h"
#include "session/SessionJob.h"

// A session store job's result (the session is empty for save and clear), kept from the moment
// the job is made: a job deletes itself once it has reported, so a test that starts several
// jobs watches each one before waiting for any.
//
//     AwaitedJob saved(store.save(session));
//     AWAIT(saved);
//     QCOMPARE(saved->error, SessionStore::Error::None);
class AwaitedJob : public Awaited<SessionStore::LoadResult> {
public:
    explicit AwaitedJob(SessionJob *job)
        : Awaited(job, &SessionJob::finished,
                  [](SessionJob *finished) { return finished->loadResult(); })
    {
    }
};
