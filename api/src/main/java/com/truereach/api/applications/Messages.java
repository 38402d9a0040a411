package com.truereach.api.applications;

import com.truereach.api.creators.CreatorId;
import com.truereach.api.db.Sql;
import com.truereach.api.events.EventData;
import com.truereach.api.events.EventType;
import com.truereach.api.events.Events;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Messages on an application, inside a transaction the caller opened in the right scope after finding the application there. */
@Singleton
class Messages {

  static final int SHOWN = 1000;

  private final Events events;

  Messages(Events events) {
    this.events = events;
  }

  Message send(Connection c, Application application, Message.Sender sender, String author, String body) {
    UUID id = UUID.randomUUID();
    Sql.update(c, "INSERT INTO campaigns.messages (id, tenant_id, creator_id, application_id, sender, author, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
        s -> { s.setObject(1, id); s.setString(2, application.owner().value()); s.setObject(3, application.creatorId()); s.setObject(4, application.id());
               s.setString(5, sender.wire()); s.setString(6, author); s.setString(7, body); });
    events.append(c, application.owner(), Optional.of(new CreatorId(application.creatorId())), EventType.MESSAGE_SENT, new EventData.MessageSent(
        id.toString(), application.id().toString(), application.campaignId().toString(), application.creatorId().toString(), sender.wire()));
    return Sql.query(c, "SELECT id, application_id, sender, author, body, sent_at, read_at FROM campaigns.messages WHERE id = ?",
        s -> s.setObject(1, id), Messages::message).get(0);
  }

  /** The conversation, oldest first (at most the latest {@value #SHOWN}). */
  List<Message> of(Connection c, UUID application) {
    List<Message> newestFirst = Sql.query(c, "SELECT id, application_id, sender, author, body, sent_at, read_at FROM campaigns.messages"
            + " WHERE application_id = ? ORDER BY sent_at DESC, id DESC LIMIT " + SHOWN,
        s -> s.setObject(1, application), Messages::message);
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** Marks every message the other side sent as read by this reader; answers how many changed. */
  int markRead(Connection c, UUID application, Message.Sender reader) {
    return Sql.update(c, "UPDATE campaigns.messages SET read_at = now() WHERE application_id = ? AND sender = ? AND read_at IS NULL",
        s -> { s.setObject(1, application); s.setString(2, reader.other().wire()); });
  }

  private static Message message(ResultSet row) throws SQLException {
    Timestamp read = row.getTimestamp(7);
    return new Message(row.getObject(1, UUID.class), row.getObject(2, UUID.class), Message.Sender.valueOf(row.getString(3).toUpperCase()),
        row.getString(4), row.getString(5), row.getTimestamp(6).toInstant(), Optional.ofNullable(read).map(Timestamp::toInstant));
  }
}
